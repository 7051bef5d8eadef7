#include "app/prefill/derivedsource.h"

#include "app/prefill/valuemapping.h"
#include "app/rules/jsonlogic.h"

#include <QCoreApplication>

namespace ow::prefill {

QJsonObject answersWithDefaults(const catalog::BundleDef& bundle, const intake::CaseData& c)
{
    QJsonObject answers;
    for (const catalog::Question& q : bundle.questions)
        answers.insert(q.id, q.defaultValue.isUndefined() ? QJsonValue() : q.defaultValue);
    for (auto it = c.answers.constBegin(); it != c.answers.constEnd(); ++it)
        answers.insert(it.key(), it.value());
    return answers;
}

QJsonObject ruleData(const catalog::BundleDef& bundle, const intake::CaseData& c, const QDate& today)
{
    return QJsonObject {{QStringLiteral("answers"), answersWithDefaults(bundle, c)},
        {QStringLiteral("proxy"), c.proxy}, {QStringLiteral("applicantKind"), c.applicantKind},
        {QStringLiteral("fields"), c.nestedFieldValues()},
        {QStringLiteral("today"), today.toString(Qt::ISODate)}};
}

DerivedOutcome derivedCandidates(const catalog::Catalog& catalog, const catalog::BundleDef& bundle,
    const intake::CaseData& c, const QDate& today, const QDateTime& now)
{
    DerivedOutcome out;
    rules::Evaluator::Context context;
    context.calendar = &catalog.calendar();
    context.today = today;
    const rules::Evaluator evaluator(context);
    const QString source = QString::fromUtf16(sources::derived);
    for (qsizetype i = 0; i < bundle.derived.size(); ++i) {
        const catalog::Derived& d = bundle.derived.at(i);
        const catalog::FieldDef* def = catalog.field(d.field);
        if (!def)
            continue;
        // The rule sees the case without the value it derives, so a stale result never feeds itself.
        intake::CaseData without = c;
        without.fields.remove(d.field);
        auto value = evaluator.evaluate(d.rule, ruleData(bundle, without, today));
        if (!value) {
            Error e = value.error();
            e.where = QStringLiteral("bundle %1 derived/%2 %3").arg(bundle.code).arg(i).arg(e.where);
            out.errors.append(e);
            continue;
        }
        if (value->isNull() || value->isUndefined())
            continue;
        Candidate cand;
        cand.fieldId = d.field;
        cand.source = source;
        cand.lookup = QStringLiteral("derived");
        cand.obtainedAt = now;
        cand.confidence = defaultConfidence(source);
        cand.evidence = QStringLiteral("derived:%1/%2").arg(bundle.code).arg(i);
        cand.detail = QCoreApplication::translate("ow::prefill", "calculated by the rules of %1")
                          .arg(bundle.name.text());
        const auto converted = toFieldValue(*def, *value);
        if (!converted) {
            cand.value = *value;
            out.rejected.append({cand,
                QCoreApplication::translate("ow::prefill", "The calculated value does not fit the field %1.")
                    .arg(def->label.text())});
            continue;
        }
        cand.value = *converted;
        out.candidates.append(cand);
    }
    return out;
}

} // namespace ow::prefill
