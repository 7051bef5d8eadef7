// The recursive evaluator: literals, arrays evaluated element-wise, and operator dispatch.
#include "app/rules/machine.h"

#include "app/rules/coercion.h"
#include "app/rules/errors.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ow::rules::detail {
namespace {

QString escapePointerToken(QString token)
{
    token.replace(u'~', QStringLiteral("~0"));
    token.replace(u'/', QStringLiteral("~1"));
    return token;
}

// Keeps the nesting depth honest on every way out of eval().
class DepthGuard
{
public:
    explicit DepthGuard(int& depth)
        : m_depth(depth)
    {
        ++m_depth;
    }
    ~DepthGuard() { --m_depth; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

private:
    int& m_depth;
};

} // namespace

QString PathNode::pointer(const PathNode* node)
{
    QStringList tokens;
    for (; node; node = node->parent)
        tokens.prepend(node->index >= 0 ? QString::number(node->index) : escapePointerToken(node->key));
    QString out;
    for (const QString& t : tokens)
        out += u'/' + t;
    return out;
}

QJsonValue Call::value(qsizetype i) const
{
    return i < values.size() ? values.at(i) : js::undefined();
}

PathNode Call::argPath(qsizetype i) const
{
    if (wrapped)
        return path;
    return PathNode {&path, {}, i};
}

Result<QJsonValue> Call::eval(qsizetype i) const
{
    return evalIn(i, data);
}

Result<QJsonValue> Call::evalIn(qsizetype i, const QJsonValue& scope) const
{
    if (i >= args.size())
        return js::undefined();
    const PathNode node = argPath(i);
    return machine.eval(args.at(i), scope, &node);
}

Error Call::malformed(const QString& message, qsizetype arg) const
{
    const PathNode node = arg < 0 ? path : argPath(arg);
    return makeError(errc::kMalformed, message, PathNode::pointer(&node));
}

bool arityFits(const OperatorSpec& spec, qsizetype count)
{
    return count >= spec.minArgs && (spec.maxArgs < 0 || count <= spec.maxArgs);
}

Error arityError(const OperatorSpec& spec, qsizetype count, const QString& where)
{
    QString expected;
    if (spec.minArgs == spec.maxArgs)
        expected = QCoreApplication::translate("ow::rules", "exactly %n argument(s)", nullptr, spec.minArgs);
    else if (spec.maxArgs < 0)
        expected = QCoreApplication::translate("ow::rules", "at least %n argument(s)", nullptr, spec.minArgs);
    else
        expected = QCoreApplication::translate("ow::rules", "%1 to %2 arguments")
                       .arg(spec.minArgs)
                       .arg(spec.maxArgs);
    return makeError(errc::kMalformed,
        QCoreApplication::translate("ow::rules", "Operator \"%1\" takes %2, but the rule gives %3.")
            .arg(spec.name, expected)
            .arg(count),
        where);
}

Error unknownOperator(const QString& name, const QString& where)
{
    return makeError(errc::kUnknownOperator,
        QCoreApplication::translate("ow::rules", "Unknown operator \"%1\".").arg(name), where);
}

Error malformedObject(qsizetype keys, const QString& where)
{
    return makeError(errc::kMalformed,
        QCoreApplication::translate(
            "ow::rules", "An operator object must have exactly one key (the operator), but this one has %1.")
            .arg(keys),
        where);
}

Machine::Machine(const Evaluator::Context& context)
    : m_context(context)
{ }

QDate Machine::today() const
{
    return m_context.today.isValid() ? m_context.today : QDate::currentDate();
}

Result<QJsonValue> Machine::eval(const QJsonValue& rule, const QJsonValue& data, const PathNode* at)
{
    if (!rule.isArray() && !rule.isObject())
        return rule;
    DepthGuard guard(m_depth);
    if (m_depth > kMaxDepth) {
        return makeError(errc::kMalformed,
            QCoreApplication::translate("ow::rules", "The rule is nested more than %1 levels deep.")
                .arg(kMaxDepth),
            PathNode::pointer(at));
    }
    if (rule.isArray()) {
        // An array in a rule is evaluated element by element.
        const QJsonArray items = rule.toArray();
        QJsonArray out;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const PathNode node {at, {}, i};
            Result<QJsonValue> r = eval(items.at(i), data, &node);
            if (!r)
                return r;
            out.append(*r);
        }
        return QJsonValue(out);
    }
    const QJsonObject object = rule.toObject();
    if (object.isEmpty())
        return rule; // {} is a value, as in json-logic-js
    if (object.size() > 1)
        return malformedObject(object.size(), PathNode::pointer(at));
    return evalOperator(object.begin().key(), object.begin().value(), data, at);
}

Result<QJsonValue> Machine::evalOperator(
    const QString& op, const QJsonValue& raw, const QJsonValue& data, const PathNode* at)
{
    const PathNode node {at, op, -1};
    const OperatorSpec* spec = findOperator(op);
    if (!spec)
        return unknownOperator(op, PathNode::pointer(&node));
    const bool wrapped = !raw.isArray();
    const QJsonArray args = wrapped ? QJsonArray {raw} : raw.toArray();
    if (!arityFits(*spec, args.size()))
        return arityError(*spec, args.size(), PathNode::pointer(&node));

    Call call {*this, args, wrapped, node, data, {}};
    if (!spec->lazy) {
        call.values.reserve(args.size());
        for (qsizetype i = 0; i < args.size(); ++i) {
            Result<QJsonValue> r = call.eval(i);
            if (!r)
                return r;
            call.values.append(std::move(*r));
        }
    }
    return spec->fn(call);
}

} // namespace ow::rules::detail
