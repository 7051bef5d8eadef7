#include "tests/server/serverfixture.h"

#include <QDir>
#include <QSaveFile>

namespace ow::test {

ServerFixture::ServerFixture(QString driver, QString recordName, QStringList extraArguments)
    : m_driver(std::move(driver))
    , m_extra(std::move(extraArguments))
{
    m_recordFile = QDir(responsesDir()).filePath(recordName + u'-' + m_driver + QStringLiteral(".jsonl"));
    QFile::remove(m_recordFile);
}

ServerFixture::~ServerFixture()
{
    if (m_server.running())
        m_server.stop();
}

QStringList ServerFixture::storageArguments() const
{
    QStringList args {QStringLiteral("--data-dir"), m_dataDir.path()};
    if (m_postgres)
        args << QStringLiteral("--database") << m_postgres->url();
    return args;
}

bool ServerFixture::start()
{
    if (m_driver == QStringLiteral("postgresql")) {
        m_postgres = std::make_unique<ScratchPostgres>();
        if (m_postgres->url().isEmpty()) {
            m_error = m_postgres->error();
            return false;
        }
    }
    m_clockFile = QDir(m_dataDir.path()).filePath(QStringLiteral("clock-offset"));
    if (!m_server.start(storageArguments()
            + QStringList {QStringLiteral("--seed-demo"), QStringLiteral("--test-clock"), m_clockFile}
            + m_extra)) {
        m_error = m_server.standardError();
        return false;
    }
    m_client = std::make_unique<ApiClient>(m_server.baseUrl(), m_recordFile);
    return true;
}

bool ServerFixture::setClockOffset(qint64 seconds)
{
    QSaveFile file(m_clockFile);
    return file.open(QIODevice::WriteOnly) && file.write(QByteArray::number(seconds)) > 0 && file.commit();
}

QString ServerFixture::token(const DemoAccount& account)
{
    const QString name = QString::fromLatin1(account.username);
    if (!m_tokens.contains(name))
        m_tokens.insert(name, m_client->signIn(name, QString::fromLatin1(account.password)));
    return m_tokens.value(name);
}

Fixtures::Fixtures(QString recordName, QStringList extraArguments)
    : m_recordName(std::move(recordName))
    , m_extra(std::move(extraArguments))
{ }

ServerFixture* Fixtures::get(const QString& driver)
{
    auto it = m_fixtures.find(driver);
    if (it == m_fixtures.end()) {
        auto f = std::make_unique<ServerFixture>(driver, m_recordName, m_extra);
        if (!f->start()) {
            qWarning().noquote() << "cannot start the" << driver << "server:" << f->error();
            return nullptr;
        }
        it = m_fixtures.emplace(driver, std::move(f)).first;
    }
    return it->second.get();
}

} // namespace ow::test
