#include "protocol/casestatus.h"

#include "protocol/identifiers.h"
#include "protocol/jsonreader.h"
#include "protocol/text_p.h"

#include <QJsonArray>

namespace ow::protocol {
namespace {

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

CaseStatus readStatus(JsonReader& r, const QString& key)
{
    const auto s = statusFromName(r.oneOf(key, statusNames()));
    return s.value_or(CaseStatus::Received);
}

} // namespace

QString statusName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received:
        return QStringLiteral("received");
    case CaseStatus::InProgress:
        return QStringLiteral("in_progress");
    case CaseStatus::Completed:
        return QStringLiteral("completed");
    case CaseStatus::Returned:
        return QStringLiteral("returned");
    }
    return {};
}

std::optional<CaseStatus> statusFromName(const QString& name)
{
    for (CaseStatus s :
        {CaseStatus::Received, CaseStatus::InProgress, CaseStatus::Completed, CaseStatus::Returned}) {
        if (statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QStringList statusNames()
{
    return {QStringLiteral("received"), QStringLiteral("in_progress"), QStringLiteral("completed"),
        QStringLiteral("returned")};
}

bool canTransition(CaseStatus from, CaseStatus to)
{
    switch (from) {
    case CaseStatus::Received:
        return to == CaseStatus::InProgress || to == CaseStatus::Returned;
    case CaseStatus::InProgress:
        return to == CaseStatus::Completed || to == CaseStatus::Returned;
    case CaseStatus::Completed:
    case CaseStatus::Returned:
        return false;
    }
    return false;
}

QJsonObject ServerReceipt::toJson() const
{
    return {{QStringLiteral("uuid"), uuid}, {QStringLiteral("serverCaseId"), serverCaseId},
        {QStringLiteral("receivedAt"), formatTimestamp(receivedAt)},
        {QStringLiteral("contentHash"), contentHash}, {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("attachmentsComplete"), attachmentsComplete},
        {QStringLiteral("missingAttachments"), toArray(missingAttachments)}};
}

Result<ServerReceipt> ServerReceipt::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    ServerReceipt s;
    s.uuid = r.string(QStringLiteral("uuid"), 36);
    s.serverCaseId = r.string(QStringLiteral("serverCaseId"), 64);
    s.receivedAt = r.dateTime(QStringLiteral("receivedAt"));
    s.contentHash = r.string(QStringLiteral("contentHash"), 64);
    s.status = readStatus(r, QStringLiteral("status"));
    s.attachmentsComplete = r.boolean(QStringLiteral("attachmentsComplete"));
    s.missingAttachments = r.stringArray(QStringLiteral("missingAttachments"), kMaxAttachments, 64);
    if (auto done = r.finish(); !done)
        return done.error();
    return s;
}

QJsonObject CaseState::toJson() const
{
    QJsonObject o {{QStringLiteral("receipt"), receipt.toJson()}, {QStringLiteral("hallCode"), hallCode},
        {QStringLiteral("reasons"), toArray(reasons)},
        {QStringLiteral("updatedAt"), formatTimestamp(updatedAt)}};
    if (submission)
        o.insert(QStringLiteral("submission"), submission->toJson());
    return o;
}

Result<CaseState> CaseState::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    CaseState c;
    const QJsonObject receipt = r.object(QStringLiteral("receipt"));
    if (r.ok()) {
        auto parsed = ServerReceipt::fromJson(receipt);
        if (parsed)
            c.receipt = *parsed;
        else
            r.adopt(parsed.error());
    }
    c.hallCode = r.string(QStringLiteral("hallCode"), 32);
    c.reasons = r.optionalStringArray(QStringLiteral("reasons"), 50, 500);
    c.updatedAt = r.dateTime(QStringLiteral("updatedAt"));
    if (r.has(QStringLiteral("submission"))) {
        auto sub = CaseSubmission::fromJson(r.object(QStringLiteral("submission")));
        if (sub)
            c.submission = *sub;
        else
            r.adopt(sub.error());
    } else {
        r.optionalString(QStringLiteral("submission"), 0);
    }
    if (auto done = r.finish(); !done)
        return done.error();
    return c;
}

QJsonObject StatusChange::toJson() const
{
    return {{QStringLiteral("status"), statusName(status)}, {QStringLiteral("reasons"), toArray(reasons)}};
}

Result<StatusChange> StatusChange::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    StatusChange c;
    c.status = readStatus(r, QStringLiteral("status"));
    if (r.ok() && c.status == CaseStatus::Received)
        r.fail(QStringLiteral("status"), kInvalidValue, Text::tr("A case cannot be set back to received."));
    c.reasons = r.optionalStringArray(QStringLiteral("reasons"), 50, 500);
    if (r.ok() && c.status == CaseStatus::Returned && c.reasons.isEmpty())
        r.fail(QStringLiteral("reasons"), kMissingField,
            Text::tr("A case returned for correction needs at least one reason."));
    if (auto done = r.finish(); !done)
        return done.error();
    return c;
}

QJsonObject StatusEvent::toJson() const
{
    return {{QStringLiteral("cursor"), double(cursor)}, {QStringLiteral("uuid"), uuid},
        {QStringLiteral("serverCaseId"), serverCaseId}, {QStringLiteral("hallCode"), hallCode},
        {QStringLiteral("status"), statusName(status)}, {QStringLiteral("reasons"), toArray(reasons)},
        {QStringLiteral("at"), formatTimestamp(at)}};
}

Result<StatusEvent> StatusEvent::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    StatusEvent e;
    e.cursor = r.integer(QStringLiteral("cursor"), 1, std::numeric_limits<qint32>::max() * qint64(1024));
    e.uuid = r.string(QStringLiteral("uuid"), 36);
    e.serverCaseId = r.string(QStringLiteral("serverCaseId"), 64);
    e.hallCode = r.string(QStringLiteral("hallCode"), 32);
    e.status = readStatus(r, QStringLiteral("status"));
    e.reasons = r.optionalStringArray(QStringLiteral("reasons"), 50, 500);
    e.at = r.dateTime(QStringLiteral("at"));
    if (auto done = r.finish(); !done)
        return done.error();
    return e;
}

QJsonObject ChangesPage::toJson() const
{
    QJsonArray a;
    for (const StatusEvent& e : events)
        a.append(e.toJson());
    return {{QStringLiteral("events"), a}, {QStringLiteral("cursor"), double(cursor)},
        {QStringLiteral("hasMore"), hasMore}};
}

Result<ChangesPage> ChangesPage::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    ChangesPage p;
    const QJsonArray events = r.array(QStringLiteral("events"), 100000);
    for (qsizetype i = 0; r.ok() && i < events.size(); ++i) {
        auto e = StatusEvent::fromJson(events.at(i).toObject(), indexPath(QStringLiteral("events"), i));
        if (e)
            p.events << *e;
        else
            r.adopt(e.error());
    }
    p.cursor = r.integer(QStringLiteral("cursor"), 0, std::numeric_limits<qint32>::max() * qint64(1024));
    p.hasMore = r.boolean(QStringLiteral("hasMore"));
    if (auto done = r.finish(); !done)
        return done.error();
    return p;
}

} // namespace ow::protocol
