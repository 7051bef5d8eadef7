// Evaluator: the public face of the JsonLogic engine (evaluation, static checks, variable listing).
#include "app/rules/jsonlogic.h"

#include "app/rules/coercion.h"
#include "app/rules/errors.h"
#include "app/rules/machine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace ow::rules {
namespace {

using detail::PathNode;

// What leaves the evaluator is plain JSON: undefined and NaN become null, -0 becomes 0. ±Infinity stays a
// double (QJsonValue holds it; JSON text writes it as null).
QJsonValue toJson(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
        return QJsonValue(QJsonValue::Null);
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::isnan(d))
            return QJsonValue(QJsonValue::Null);
        return d == 0 ? QJsonValue(0) : v;
    }
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue& item : v.toArray())
            out.append(toJson(item));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject object = v.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), toJson(it.value()));
        return out;
    }
    default:
        return v;
    }
}

Result<void> validateAt(const QJsonValue& rule, const PathNode* at, int depth)
{
    if (!rule.isArray() && !rule.isObject())
        return {};
    if (depth > detail::Machine::kMaxDepth) {
        return makeError(errc::kMalformed,
            QCoreApplication::translate("ow::rules", "The rule is nested more than %1 levels deep.")
                .arg(detail::Machine::kMaxDepth),
            PathNode::pointer(at));
    }
    if (rule.isArray()) {
        const QJsonArray items = rule.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const PathNode node {at, {}, i};
            if (Result<void> r = validateAt(items.at(i), &node, depth + 1); !r)
                return r;
        }
        return {};
    }
    const QJsonObject object = rule.toObject();
    if (object.isEmpty())
        return {};
    if (object.size() > 1)
        return detail::malformedObject(object.size(), PathNode::pointer(at));
    const QString op = object.begin().key();
    const QJsonValue raw = object.begin().value();
    const PathNode node {at, op, -1};
    const detail::OperatorSpec* spec = detail::findOperator(op);
    if (!spec)
        return detail::unknownOperator(op, PathNode::pointer(&node));
    const QJsonArray args = raw.isArray() ? raw.toArray() : QJsonArray {raw};
    if (!detail::arityFits(*spec, args.size()))
        return detail::arityError(*spec, args.size(), PathNode::pointer(&node));
    if (op == u"missing_some" && !args.at(1).isArray() && !args.at(1).isObject()) {
        const PathNode arg {&node, {}, 1};
        return makeError(errc::kMalformed,
            QCoreApplication::translate(
                "ow::rules", "\"missing_some\" needs an array of keys as its second argument."),
            PathNode::pointer(&arg));
    }
    if (!raw.isArray())
        return validateAt(raw, &node, depth + 1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const PathNode arg {&node, {}, i};
        if (Result<void> r = validateAt(args.at(i), &arg, depth + 1); !r)
            return r;
    }
    return {};
}

void addVariable(QStringList& out, const QJsonValue& path)
{
    QString name;
    if (path.isString())
        name = path.toString();
    else if (path.isDouble())
        name = js::toString(path);
    if (!name.isEmpty() && !out.contains(name))
        out.append(name);
}

void collectVariables(const QJsonValue& rule, QStringList& out, int depth)
{
    if (depth > detail::Machine::kMaxDepth)
        return;
    if (rule.isArray()) {
        for (const QJsonValue& item : rule.toArray())
            collectVariables(item, out, depth + 1);
        return;
    }
    if (!rule.isObject() || rule.toObject().size() != 1)
        return;
    const QJsonObject object = rule.toObject();
    const QString op = object.begin().key();
    const QJsonValue raw = object.begin().value();
    const QJsonArray args = raw.isArray() ? raw.toArray() : QJsonArray {raw};
    const detail::OperatorSpec* spec = detail::findOperator(op);

    if (op == u"var" && !args.isEmpty()) {
        addVariable(out, args.at(0));
    } else if (op == u"missing" || op == u"missing_some") {
        // missing reads each key named (the first argument may be the array of keys).
        const QJsonValue keys = op == u"missing"
            ? (args.isEmpty() || !args.at(0).isArray() ? QJsonValue(args) : args.at(0))
            : args.at(1);
        if (keys.isArray()) {
            for (const QJsonValue& key : keys.toArray())
                addVariable(out, key);
        }
    }
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (spec && i == spec->scopedArg)
            continue; // evaluated against each item of an array, not the rule data
        collectVariables(args.at(i), out, depth + 1);
    }
}

} // namespace

Evaluator::Evaluator(Context context)
    : m_context(context)
{ }

Result<QJsonValue> Evaluator::evaluate(const QJsonValue& rule, const QJsonValue& data) const
{
    detail::Machine machine(m_context);
    Result<QJsonValue> r = machine.eval(rule, data, nullptr);
    if (!r)
        return r;
    return toJson(*r);
}

Result<void> Evaluator::validate(const QJsonValue& rule)
{
    return validateAt(rule, nullptr, 0);
}

QStringList Evaluator::variables(const QJsonValue& rule)
{
    QStringList out;
    collectVariables(rule, out, 0);
    return out;
}

bool Evaluator::truthy(const QJsonValue& value)
{
    return js::truthy(value);
}

QStringList Evaluator::operators()
{
    return detail::operatorNames();
}

} // namespace ow::rules
