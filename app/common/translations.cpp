#include "app/common/translations.h"

#include "app/common/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

namespace ow::i18n {
namespace {

// lupdate's parser does not see C++17 nested namespaces ("namespace ow::ui {"), so it files the strings of
// ow::ui::MainWindow under the context "MainWindow" while tr() asks for "ow::ui::MainWindow" at run time.
// This translator falls back to the unqualified class name when the qualified context has no entry.
class NamespaceTolerantTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(
        const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        QString t = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!t.isEmpty() || !context)
            return t;
        const char* unqualified = std::strrchr(context, ':');
        return unqualified ? QTranslator::translate(unqualified + 1, sourceText, disambiguation, n) : t;
    }
};

QTranslator* g_app = nullptr;
QTranslator* g_qt = nullptr;
QString g_lang = QStringLiteral("en");
} // namespace

bool setLanguage(const QString& lang)
{
    auto* app = QCoreApplication::instance();
    if (!app)
        return false;
    for (QTranslator** t : {&g_app, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    g_lang = lang;
    if (lang == QStringLiteral("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    g_app = new NamespaceTolerantTranslator(app);
    if (!g_app->load(QStringLiteral(":/i18n/onewindow_") + lang + QStringLiteral(".qm"))) {
        qCWarning(lcApp) << "no embedded translation for" << lang;
        delete g_app;
        g_app = nullptr;
        return false;
    }
    QCoreApplication::installTranslator(g_app);
    g_qt = new QTranslator(app);
    if (g_qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt);
    QLocale::setDefault(QLocale(lang));
    return true;
}

QString currentLanguage()
{
    return g_lang;
}

} // namespace ow::i18n
