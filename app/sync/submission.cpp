#include "app/sync/submission.h"

#include "app/catalog/catalog.h"
#include "app/sync/outboxstore.h"

#include <QFileInfo>
#include <QSet>

namespace ow::sync {
namespace {

using intake::MaterialState;

// The protocol's way for a material state; "" for states that hand nothing over at the counter.
QString wayOf(MaterialState state, bool hasFiles)
{
    switch (state) {
    case MaterialState::Original:
        return QStringLiteral("original");
    case MaterialState::Copy:
        return QStringLiteral("copy");
    case MaterialState::ELicence:
        return QStringLiteral("eLicence");
    case MaterialState::Verified:
        return QStringLiteral("verified");
    case MaterialState::Commitment:
        return QStringLiteral("commitment");
    case MaterialState::Missing:
        return hasFiles ? QStringLiteral("copy") : QString();
    case MaterialState::Tolerated:
    case MaterialState::Produced:
        return {};
    }
    return {};
}

QString extensionFor(const QString& mimeType)
{
    if (mimeType == QStringLiteral("application/pdf"))
        return QStringLiteral("pdf");
    if (mimeType == QStringLiteral("image/png"))
        return QStringLiteral("png");
    if (mimeType == QStringLiteral("image/jpeg"))
        return QStringLiteral("jpg");
    if (mimeType == QStringLiteral("image/tiff"))
        return QStringLiteral("tif");
    return QStringLiteral("bin");
}

} // namespace

QString plainFileName(const QString& name, const QString& sha256, const QString& mimeType)
{
    QString out = QFileInfo(QString(name).replace(u'\\', u'/')).fileName();
    for (QChar& c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'_';
    }
    out.replace(QStringLiteral(".."), QStringLiteral("_"));
    out = out.trimmed().left(255);
    const bool meaningful
        = std::any_of(out.cbegin(), out.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    if (!meaningful || !protocol::isPlainFileName(out))
        out = sha256.left(16) + u'.' + extensionFor(mimeType);
    return out;
}

protocol::CaseSubmission submissionFor(const intake::CaseData& c, const catalog::Plan& plan)
{
    protocol::CaseSubmission s;
    s.uuid = c.uuid;
    s.caseNumber = c.caseNumber;
    s.hallCode = c.hallCode;
    s.counter = QString::number(c.counter);
    s.bundleCode = c.bundleCode;
    s.catalogVersion = c.catalogVersion;
    s.catalogHash = c.catalogHash;
    s.acceptedAt = c.acceptedAt;
    s.applicant.kind = c.applicantKind;
    s.applicant.name = c.applicantName();
    if (c.applicantKind == QStringLiteral("enterprise"))
        s.applicant.creditCode = c.applicantIdNumber().trimmed().toUpper();
    else
        s.applicant.idNumber = c.applicantIdNumber().trimmed().toUpper();
    s.fields = c.flatFieldValues();

    // Every file once, in the order the clerk attached them.
    QSet<QString> listed;
    for (const intake::AttachmentRef& a : c.attachments) {
        if (a.sha256.isEmpty() || listed.contains(a.sha256))
            continue;
        listed.insert(a.sha256);
        s.attachments.append({a.sha256, a.size, a.mimeType, plainFileName(a.fileName, a.sha256, a.mimeType)});
    }

    // The materials of the plan (or, without a plan, those the case records), in checklist order.
    QStringList materialIds;
    if (plan.bundle) {
        for (const catalog::PlannedMaterial& pm : plan.materials)
            materialIds << pm.material->id;
    } else {
        materialIds = c.materials.keys();
    }
    for (const QString& id : std::as_const(materialIds)) {
        const intake::MaterialStatus status = c.materials.value(id);
        QStringList files;
        for (const intake::AttachmentRef& a : c.attachments) {
            if (a.materialId == id && listed.contains(a.sha256) && !files.contains(a.sha256))
                files << a.sha256;
        }
        for (const QString& sha : status.attachments) {
            if (listed.contains(sha) && !files.contains(sha))
                files << sha;
        }
        if (status.state == MaterialState::Tolerated) {
            s.commitments.append({id, QStringLiteral("tolerance"), status.dueDate, status.note});
            continue;
        }
        if (status.state == MaterialState::Commitment)
            s.commitments.append({id, QStringLiteral("pledge"), status.dueDate, status.note});
        const QString way = wayOf(status.state, !files.isEmpty());
        if (!way.isEmpty())
            s.materials.append({id, way, files});
    }
    return s;
}

QJsonObject submissionPayload(const intake::CaseData& c, const catalog::Plan& plan)
{
    return submissionFor(c, plan).toJson();
}

intake::Handoff handoff()
{
    return intake::Handoff {&submissionPayload, &OutboxStore::enqueue};
}

} // namespace ow::sync
