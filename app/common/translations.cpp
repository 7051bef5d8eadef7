#include "app/common/translations.h"

#include "app/common/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ow::i18n {
namespace {
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
    g_app = new QTranslator(app);
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
