// Benchmark (a program, not a test): N concurrent clients submit cases to onewindow-server over keep-alive
// HTTP/1.1 connections; prints submissions per second and latency percentiles. See docs/benchmarks.md.
//
//   bench_server_submit --database postgresql://user:pass@127.0.0.1:5432/db [--clients 50] [--requests 20000]
//   bench_server_submit --data-dir DIR            (SQLite)
//   bench_server_submit --url http://127.0.0.1:8080   (a server already running with --seed-demo)
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

// A valid submission with a placeholder UUID, as the workbench sends it (about 1.5 KB).
QByteArray submissionTemplate()
{
    return QByteArrayLiteral(
        R"({"uuid":"@UUID@","caseNumber":"CY-01-20261128-0001","hallCode":"CY-01","counter":"A03","bundleCode":"BIRTH",)"
        R"("catalogVersion":"2026.11.1","catalogHash":"5b1c1d0e7e4c2d9a8f3b6a1e0c9d8b7a6f5e4d3c2b1a09f8e7d6c5b4a3928170",)"
        R"("acceptedAt":"2026-11-28T09:30:00+08:00","applicant":{"kind":"person","name":"李娜","idNumber":"110105199207082386"},)"
        R"("fields":{"child.name":"张小明","child.sex":"male","child.birthDate":"2026-11-20","child.birthPlace":"北京市朝阳区妇幼保健院",)"
        R"("mother.name":"李娜","mother.idNumber":"110105199207082386","father.name":"张伟","father.idNumber":"110105199003121179",)"
        R"("contact.mobile":"13800138000","address":{"division":"110105","detail":"建国路88号院3号楼1单元502"},)"
        R"("medicalInsurance":true,"bank.account":"6222020200112233445"},)"
        R"("materials":[{"id":"idCard.mother","way":"original","attachmentSha256s":[]},)"
        R"({"id":"idCard.father","way":"original","attachmentSha256s":[]},)"
        R"({"id":"marriageCert.parents","way":"verified","attachmentSha256s":[]},)"
        R"({"id":"birthCert.child","way":"eLicence","attachmentSha256s":[]}],"attachments":[],)"
        R"("commitments":[{"materialId":"householdBook.family","kind":"tolerance","dueDate":"2026-12-05"}]})");
}

struct Client
{
    std::unique_ptr<QTcpSocket> socket;
    QByteArray buffer;
    QElapsedTimer sent;
};

class Bench : public QObject
{
public:
    Bench(QUrl url, QByteArray token, int clients, int requests)
        : m_url(std::move(url))
        , m_token(std::move(token))
        , m_clients(clients)
        , m_total(requests)
        , m_template(submissionTemplate())
    {
        m_latenciesUs.reserve(size_t(requests));
    }

    void run()
    {
        m_wall.start();
        for (int i = 0; i < m_clients; ++i) {
            auto c = std::make_unique<Client>();
            c->socket = std::make_unique<QTcpSocket>();
            Client* raw = c.get();
            connect(raw->socket.get(), &QTcpSocket::connected, this, [this, raw] { sendNext(*raw); });
            connect(raw->socket.get(), &QTcpSocket::readyRead, this, [this, raw] { onData(*raw); });
            connect(raw->socket.get(), &QAbstractSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError) {
                    ++m_errors;
                    maybeFinish();
                });
            raw->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            raw->socket->connectToHost(m_url.host(), quint16(m_url.port(80)));
            m_pool.push_back(std::move(c));
        }
    }

    void report() const
    {
        std::vector<qint64> l = m_latenciesUs;
        std::sort(l.begin(), l.end());
        auto pct = [&](double p) {
            return l.empty() ? 0.0 : double(l[size_t(p * double(l.size() - 1))]) / 1000.0;
        };
        const double seconds = double(m_elapsedMs) / 1000.0;
        std::printf("clients: %d, submissions: %zu (201: %d), errors: %d, wall: %.2f s\n", m_clients,
            l.size(), m_created, m_errors, seconds);
        std::printf("throughput: %.0f submissions/s\n", double(l.size()) / seconds);
        std::printf(
            "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n", pct(0.5), pct(0.9), pct(0.99), pct(1.0));
        std::fflush(stdout);
    }

private:
    void sendNext(Client& c)
    {
        if (m_started >= m_total)
            return;
        ++m_started;
        const QByteArray uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
        QByteArray body = m_template;
        body.replace("@UUID@", uuid);
        QByteArray request = "PUT /api/v1/cases/" + uuid + " HTTP/1.1\r\nHost: " + m_url.host().toLatin1()
            + "\r\nAuthorization: Bearer " + m_token
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body;
        c.sent.start();
        c.socket->write(request);
    }

    void onData(Client& c)
    {
        c.buffer += c.socket->readAll();
        for (;;) {
            const qsizetype end = c.buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qint64 length = 0;
            for (const QByteArray& line : c.buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (c.buffer.size() < end + 4 + length)
                return;
            const int status = c.buffer.mid(9, 3).toInt();
            c.buffer.remove(0, end + 4 + length);
            m_latenciesUs.push_back(c.sent.nsecsElapsed() / 1000);
            if (status == 201)
                ++m_created;
            else
                ++m_errors;
            if (int(m_latenciesUs.size()) + m_errors >= m_total) {
                maybeFinish();
                return;
            }
            sendNext(c);
        }
    }

    void maybeFinish()
    {
        if (int(m_latenciesUs.size()) + m_errors >= m_total || m_errors > m_total / 10) {
            if (m_elapsedMs == 0)
                m_elapsedMs = std::max<qint64>(1, m_wall.elapsed());
            QCoreApplication::quit();
        }
    }

    QUrl m_url;
    QByteArray m_token;
    int m_clients;
    int m_total;
    QByteArray m_template;
    std::vector<std::unique_ptr<Client>> m_pool;
    std::vector<qint64> m_latenciesUs;
    int m_started = 0;
    int m_created = 0;
    int m_errors = 0;
    QElapsedTimer m_wall;
    qint64 m_elapsedMs = 0;
};

QByteArray signIn(const QUrl& url)
{
    QTcpSocket s;
    s.connectToHost(url.host(), quint16(url.port(80)));
    if (!s.waitForConnected(5000))
        return {};
    const QByteArray body = R"({"username":"cy.clerk1","password":"Clerk-CY-2026!"})";
    s.write("POST /api/v1/auth/sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: "
            "close\r\n"
            "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray in;
    while (s.waitForReadyRead(10000))
        in += s.readAll();
    in += s.readAll();
    return QJsonDocument::fromJson(in.mid(in.indexOf("\r\n\r\n") + 4))
        .object()
        .value(QStringLiteral("token"))
        .toString()
        .toLatin1();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({{QStringLiteral("url"), QStringLiteral("A running server (seeded with --seed-demo)."),
                      QStringLiteral("url")},
        {QStringLiteral("database"), QStringLiteral("Start onewindow-server on this PostgreSQL URL."),
            QStringLiteral("url")},
        {QStringLiteral("data-dir"), QStringLiteral("Start onewindow-server on SQLite in this folder."),
            QStringLiteral("dir")},
        {QStringLiteral("workers"), QStringLiteral("--workers for the started server."), QStringLiteral("n")},
        {QStringLiteral("clients"), QStringLiteral("Concurrent clients (default 50)."), QStringLiteral("n"),
            QStringLiteral("50")},
        {QStringLiteral("requests"), QStringLiteral("Submissions in total (default 20000)."),
            QStringLiteral("n"), QStringLiteral("20000")},
        {QStringLiteral("warmup"), QStringLiteral("Submissions before measuring (default 1000)."),
            QStringLiteral("n"), QStringLiteral("1000")}});
    p.process(app);

    QProcess server;
    QTemporaryDir scratch;
    QUrl url(p.value(QStringLiteral("url")));
    if (!p.isSet(QStringLiteral("url"))) {
        QStringList args {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--seed-demo"), QStringLiteral("--no-log-file"), QStringLiteral("--data-dir"),
            p.isSet(QStringLiteral("data-dir")) ? p.value(QStringLiteral("data-dir")) : scratch.path()};
        if (p.isSet(QStringLiteral("database")))
            args << QStringLiteral("--database") << p.value(QStringLiteral("database"));
        if (p.isSet(QStringLiteral("workers")))
            args << QStringLiteral("--workers") << p.value(QStringLiteral("workers"));
        server.setProgram(
            QDir(QStringLiteral(OW_BINARY_DIR)).filePath(QStringLiteral("server/onewindow-server")));
        server.setArguments(args);
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.start();
        QByteArray out;
        while (!out.contains('\n') && server.waitForReadyRead(60000))
            out += server.readAllStandardOutput();
        if (!out.startsWith("listening on ")) {
            std::fprintf(stderr, "the server did not start\n");
            return 1;
        }
        url = QUrl(QString::fromLatin1(out.mid(13).trimmed()));
    }
    const QByteArray token = signIn(url);
    if (token.isEmpty()) {
        std::fprintf(stderr, "cannot sign in as cy.clerk1 at %s (is the demo data seeded?)\n",
            qPrintable(url.toString()));
        return 1;
    }
    const int clients = p.value(QStringLiteral("clients")).toInt();
    const int warmup = p.value(QStringLiteral("warmup")).toInt();
    if (warmup > 0) {
        Bench w(url, token, clients, warmup);
        QTimer::singleShot(0, &w, [&w] { w.run(); });
        app.exec();
    }
    Bench bench(url, token, clients, p.value(QStringLiteral("requests")).toInt());
    QTimer::singleShot(0, &bench, [&bench] { bench.run(); });
    app.exec();
    std::printf("server: %s\n", qPrintable(url.toString()));
    bench.report();
    if (server.state() != QProcess::NotRunning) {
        server.terminate();
        server.waitForFinished(15000);
    }
    return 0;
}
