#include "app/common/settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace ow {
namespace {
const QString kServerUrl = QStringLiteral("sync/serverUrl");
const QString kLanguage = QStringLiteral("ui/language");
const QString kFontScale = QStringLiteral("ui/fontScale");
const QString kHighContrast = QStringLiteral("ui/highContrast");
const QString kHallCode = QStringLiteral("hall/code");
const QString kCounter = QStringLiteral("hall/counter");
const QString kMaxAttachment = QStringLiteral("intake/maxAttachmentBytes");
} // namespace

void AppSettings::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("data-dir"),
        QStringLiteral("Directory for the local database, attachments and logs."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("server-url"),
        QStringLiteral("Central server URL, e.g. http://127.0.0.1:8080."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("lang"),
        QStringLiteral("User interface language: zh_CN (default) or en."), QStringLiteral("lang")});
    parser.addOption({QStringLiteral("font-scale"),
        QStringLiteral("Font scale in percent: 100, 125, 150 or 200."), QStringLiteral("percent")});
}

AppSettings AppSettings::fromParser(const QCommandLineParser& parser)
{
    QString dir = parser.value(QStringLiteral("data-dir"));
    AppSettings s(dir);
    if (parser.isSet(QStringLiteral("server-url")))
        s.m_overrideServer = parser.value(QStringLiteral("server-url"));
    if (parser.isSet(QStringLiteral("lang")))
        s.m_overrideLang = parser.value(QStringLiteral("lang"));
    if (parser.isSet(QStringLiteral("font-scale")))
        s.m_overrideFontScale = parser.value(QStringLiteral("font-scale")).toInt();
    return s;
}

AppSettings::AppSettings(const QString& dataDir)
    : m_dataDir(
        dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) : dataDir)
{
    QDir().mkpath(m_dataDir);
    m_settings = std::make_unique<QSettings>(
        QDir(m_dataDir).filePath(QStringLiteral("onewindow.ini")), QSettings::IniFormat);
}

AppSettings::~AppSettings() = default;
AppSettings::AppSettings(AppSettings&&) noexcept = default;
AppSettings& AppSettings::operator=(AppSettings&&) noexcept = default;

QString AppSettings::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("onewindow.sqlite"));
}
QString AppSettings::attachmentsDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("attachments"));
}
QString AppSettings::logDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("logs"));
}
QString AppSettings::documentsDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("documents"));
}
QString AppSettings::scannerInboxDir() const
{
    return value(
        QStringLiteral("intake/scannerInbox"), QDir(m_dataDir).filePath(QStringLiteral("scanner-inbox")))
        .toString();
}

QUrl AppSettings::serverUrl() const
{
    return QUrl(m_overrideServer.isEmpty() ? m_settings->value(kServerUrl).toString() : m_overrideServer);
}
void AppSettings::setServerUrl(const QUrl& url)
{
    m_overrideServer.clear();
    m_settings->setValue(kServerUrl, url.toString());
}

QString AppSettings::language() const
{
    const QString lang = m_overrideLang.isEmpty()
        ? m_settings->value(kLanguage, QStringLiteral("zh_CN")).toString()
        : m_overrideLang;
    return isValidLanguage(lang) ? lang : QStringLiteral("zh_CN");
}
void AppSettings::setLanguage(const QString& lang)
{
    m_overrideLang.clear();
    m_settings->setValue(kLanguage, lang);
}

int AppSettings::fontScale() const
{
    const int v = m_overrideFontScale ? m_overrideFontScale : m_settings->value(kFontScale, 100).toInt();
    return isValidFontScale(v) ? v : 100;
}
void AppSettings::setFontScale(int percent)
{
    m_overrideFontScale = 0;
    m_settings->setValue(kFontScale, percent);
}

bool AppSettings::highContrast() const
{
    return m_settings->value(kHighContrast, false).toBool();
}
void AppSettings::setHighContrast(bool on)
{
    m_settings->setValue(kHighContrast, on);
}

QString AppSettings::hallCode() const
{
    return m_settings->value(kHallCode, QStringLiteral("DEMO01")).toString();
}
void AppSettings::setHallCode(const QString& code)
{
    m_settings->setValue(kHallCode, code);
}

int AppSettings::counterNumber() const
{
    return std::clamp(m_settings->value(kCounter, 1).toInt(), 1, 99);
}
void AppSettings::setCounterNumber(int n)
{
    m_settings->setValue(kCounter, n);
}

qint64 AppSettings::maxAttachmentBytes() const
{
    return m_settings->value(kMaxAttachment, qint64(20) * 1024 * 1024).toLongLong();
}
void AppSettings::setMaxAttachmentBytes(qint64 bytes)
{
    m_settings->setValue(kMaxAttachment, bytes);
}

QVariant AppSettings::value(const QString& key, const QVariant& fallback) const
{
    return m_settings->value(key, fallback);
}
void AppSettings::setValue(const QString& key, const QVariant& value)
{
    m_settings->setValue(key, value);
}

bool AppSettings::isValidFontScale(int percent)
{
    return std::find(std::begin(fontScales), std::end(fontScales), percent) != std::end(fontScales);
}

bool AppSettings::isValidLanguage(const QString& lang)
{
    return lang == QStringLiteral("zh_CN") || lang == QStringLiteral("en");
}

} // namespace ow
