#include "app/prefill/verificationsource.h"

#include "app/common/mask.h"
#include "app/prefill/candidate.h"

#include <QCoreApplication>

namespace ow::prefill {
namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("ow::prefill", s);
}

QString text(const intake::CaseData& c, const QString& id)
{
    return c.fields.value(id).text().trimmed();
}

bool addPerson(VerificationQuestion& q, const intake::CaseData& c, const QString& section)
{
    const QString id = text(c, roleFieldId(section, QStringLiteral("idNumber"))).toUpper();
    if (id.isEmpty())
        return false;
    protocol::VerificationSubject s;
    s.idNumber = id;
    s.name = text(c, roleFieldId(section, QStringLiteral("name")));
    q.subjects.append(s);
    q.sections.append(section);
    return true;
}

bool hasId(const intake::CaseData& c, const QString& section)
{
    return !text(c, roleFieldId(section, QStringLiteral("idNumber"))).isEmpty();
}

// The role of a material's subject in the case: the section of that name, or a prefixed role in any section
// ("legalRep" → "enterprise.legalRep", "seller" → "property.seller").
QString roleFor(const QString& subject, const intake::CaseData& c)
{
    if (hasId(c, subject))
        return subject;
    const QString suffix = subject + QStringLiteral("IdNumber");
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it) {
        if (it.key().endsWith(u'.' + suffix) && !it->isEmpty())
            return it.key().chopped(8);
    }
    return {};
}
} // namespace

QString VerificationQuestion::subjectsMasked() const
{
    QStringList parts;
    for (const protocol::VerificationSubject& s : subjects)
        parts << (s.creditCode.isEmpty() ? mask::idNumber(s.idNumber) : s.creditCode);
    return parts.join(QStringLiteral(" + "));
}

VerificationQuestion verificationQuestion(
    const catalog::MaterialDef& material, const intake::CaseData& c, const QJsonObject& answers)
{
    VerificationQuestion q;
    q.materialId = material.id;
    q.kind = material.verification;
    const QString subject = material.subject;
    if (q.kind == u"enterpriseRegister") {
        QString section = subject;
        QString code = text(c, roleFieldId(section, QStringLiteral("creditCode"))).toUpper();
        if (code.isEmpty()) {
            section = QStringLiteral("enterprise");
            code = text(c, QStringLiteral("enterprise.creditCode")).toUpper();
        }
        if (code.isEmpty()) {
            q.missing = tr("Enter the unified social credit code first.");
            return q;
        }
        protocol::VerificationSubject s;
        s.creditCode = code;
        s.name = text(c, roleFieldId(section, QStringLiteral("name")));
        q.subjects.append(s);
        q.sections.append(section);
        return q;
    }
    if (q.kind == u"marriage") {
        QList<std::pair<QString, QString>> pairs;
        if (subject == u"parents")
            pairs = {{QStringLiteral("mother"), QStringLiteral("father")}};
        else
            pairs = {{QStringLiteral("applicant"), QStringLiteral("spouse")},
                {QStringLiteral("husband"), QStringLiteral("wife")},
                {QStringLiteral("mother"), QStringLiteral("father")}};
        for (const auto& [a, b] : std::as_const(pairs)) {
            if (hasId(c, a) && hasId(c, b)) {
                addPerson(q, c, a);
                addPerson(q, c, b);
                return q;
            }
        }
        q.missing = tr("Enter both spouses' ID numbers first.");
        return q;
    }
    QString section = roleFor(subject, c);
    if (section.isEmpty() && subject == u"household") {
        // The household the case is about: the one the child joins, else the applicant's.
        const QString follows = answers.value(QStringLiteral("hukouFollows")).toString();
        section = !follows.isEmpty() && hasId(c, follows) ? follows : QStringLiteral("applicant");
    }
    if (section.isEmpty() || !addPerson(q, c, section)) {
        q.missing = tr("Enter the ID number of the person concerned first.");
    } else if (q.kind == u"identity" && q.subjects.constFirst().name.isEmpty()) {
        // The register compares the ID number with the name: ask once the name is known.
        q.missing = tr("Enter the name of the person concerned first.");
    }
    return q;
}

QString verifiedNote(const protocol::VerificationAnswer& answer)
{
    return tr("Verified with the central server (%1): yes, reference %2, %3")
        .arg(answer.kind, answer.evidenceRef,
            answer.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

} // namespace ow::prefill
