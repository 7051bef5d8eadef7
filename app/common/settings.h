#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <memory>

class QSettings;

namespace ow {

// The workbench's settings: QSettings (an INI file in the data directory) with command-line overrides.
// Command-line values apply to this run only; set*() persist.
class AppSettings
{
public:
    static constexpr int fontScales[] = {100, 125, 150, 200};

    // Registers the shared options (--data-dir, --server-url, --lang, --font-scale) on a parser.
    static void addOptions(QCommandLineParser& parser);
    // Builds the settings from parsed options; data directory defaults to
    // QStandardPaths::AppLocalDataLocation.
    static AppSettings fromParser(const QCommandLineParser& parser);
    // Settings rooted in a directory (tests, CLI --data-dir).
    explicit AppSettings(const QString& dataDir = {});
    ~AppSettings();
    AppSettings(AppSettings&&) noexcept;
    AppSettings& operator=(AppSettings&&) noexcept;

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    QString attachmentsDir() const;
    QString logDir() const;
    QString documentsDir() const; // copies of the documents made for applicants
    QString scannerInboxDir() const;

    QUrl serverUrl() const;
    void setServerUrl(const QUrl& url);
    QString language() const; // "zh_CN" (default) or "en"
    void setLanguage(const QString& lang);
    int fontScale() const; // percent
    void setFontScale(int percent);
    bool highContrast() const;
    void setHighContrast(bool on);
    QString hallCode() const; // e.g. "BJ0105" — part of every case number
    void setHallCode(const QString& code);
    int counterNumber() const; // 1..99
    void setCounterNumber(int n);
    qint64 maxAttachmentBytes() const;
    void setMaxAttachmentBytes(qint64 bytes);

    QVariant value(const QString& key, const QVariant& fallback = {}) const;
    void setValue(const QString& key, const QVariant& value);

    static bool isValidFontScale(int percent);
    static bool isValidLanguage(const QString& lang);

private:
    QString m_dataDir;
    std::unique_ptr<QSettings> m_settings;
    QString m_overrideServer;
    QString m_overrideLang;
    int m_overrideFontScale = 0;
};

} // namespace ow
