#include "cli/command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace ow::cli {

static QList<Command>& registry()
{
    static QList<Command> list;
    return list;
}

bool registerCommand(Command command)
{
    registry().append(std::move(command));
    return true;
}

const QList<Command>& commands()
{
    return registry();
}

void printJson(const QJsonValue& value)
{
    QByteArray bytes;
    if (value.isObject())
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else {
        // QJsonDocument holds only objects and arrays: wrap a scalar and strip the brackets.
        QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        bytes = wrapped.mid(1, wrapped.size() - 2) + '\n';
    }
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void out(const QString& text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, static_cast<size_t>(b.size()), stdout);
}

void err(const QString& text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, static_cast<size_t>(b.size()), stderr);
}

int fail(const QString& message, int exitCode)
{
    err(QStringLiteral("onewindow-cli: ") + message + u'\n');
    return exitCode;
}

QString takeOption(QStringList& args, const QString& name, const QString& fallback)
{
    const QString flag = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == flag && i + 1 < args.size()) {
            const QString v = args[i + 1];
            args.remove(i, 2);
            return v;
        }
        if (args[i].startsWith(flag + u'=')) {
            const QString v = args[i].mid(flag.size() + 1);
            args.removeAt(i);
            return v;
        }
    }
    return fallback;
}

bool takeFlag(QStringList& args, const QString& name)
{
    return args.removeAll(QStringLiteral("--") + name) > 0;
}

} // namespace ow::cli
