#pragma once

#include "app/rules/jsonlogic.h"

#include <QJsonArray>
#include <QList>

// Internals of the evaluator: the recursive machine, operator calls and the operator table.
namespace ow::rules::detail {

// One step of the JSON pointer to the part of the rule at hand; turned into text only for an error.
struct PathNode
{
    const PathNode* parent = nullptr;
    QString key; // an operator name (object key), or
    qsizetype index = -1; // an array index
    static QString pointer(const PathNode* node); // "" for the rule's root, else "/and/1/=="
};

class Machine;

// One operator call: the arguments as written, where they sit in the rule and, for eager operators,
// their values (evaluated left to right before the call).
struct Call
{
    Machine& machine;
    const QJsonArray& args; // as written; a single non-array value is wrapped into one argument
    bool wrapped; // the rule wrote a single value instead of an array
    const PathNode& path; // the operator's value
    const QJsonValue& data; // the data in scope
    QList<QJsonValue> values; // eager operators only

    qsizetype size() const { return args.size(); }
    // values[i], or undefined past the end.
    QJsonValue value(qsizetype i) const;
    // Evaluates argument i against the data in scope, or against `scope` (iterators).
    Result<QJsonValue> eval(qsizetype i) const;
    Result<QJsonValue> evalIn(qsizetype i, const QJsonValue& scope) const;
    // The pointer node of argument i (the operator's own node when wrapped).
    PathNode argPath(qsizetype i) const;
    // A rules.malformed error at argument `arg` (-1: at the operator).
    Error malformed(const QString& message, qsizetype arg = -1) const;
};

using OperatorFn = Result<QJsonValue> (*)(const Call& call);

struct OperatorSpec
{
    QString name;
    int minArgs = 0;
    int maxArgs = -1; // -1: any number
    bool lazy = false; // evaluates its own arguments (if, and, or, the iterators)
    int scopedArg = -1; // this argument is evaluated once per array item, with the item as data
    OperatorFn fn = nullptr;
};

// The operator families, one file each.
QList<OperatorSpec> logicOperators(); // operators_logic.cpp
QList<OperatorSpec> numericOperators(); // operators_numeric.cpp
QList<OperatorSpec> arrayOperators(); // operators_array.cpp
QList<OperatorSpec> dataOperators(); // operators_data.cpp
QList<OperatorSpec> stringOperators(); // operators_string.cpp
QList<OperatorSpec> dateOperators(); // operators_date.cpp
QList<OperatorSpec> idOperators(); // operators_id.cpp

// The table of all operators (registry.cpp).
const OperatorSpec* findOperator(const QString& name);
QStringList operatorNames();

// Whether `count` arguments fit the operator, and the rules.malformed error when they do not.
bool arityFits(const OperatorSpec& spec, qsizetype count);
Error arityError(const OperatorSpec& spec, qsizetype count, const QString& where);
Error unknownOperator(const QString& name, const QString& where);
Error malformedObject(qsizetype keys, const QString& where);

// {"var": path} against data, with json-logic-js semantics; notFound when a step is missing.
QJsonValue lookupVar(const QJsonValue& data, const QJsonValue& path, const QJsonValue& notFound);

class Machine
{
public:
    explicit Machine(const Evaluator::Context& context);

    // Evaluates `rule` whose pointer inside the whole rule is `at` (nullptr: the root).
    Result<QJsonValue> eval(const QJsonValue& rule, const QJsonValue& data, const PathNode* at);
    const Evaluator::Context& context() const { return m_context; }
    QDate today() const;

    static constexpr int kMaxDepth = 256;

private:
    Result<QJsonValue> evalOperator(
        const QString& op, const QJsonValue& raw, const QJsonValue& data, const PathNode* at);

    const Evaluator::Context& m_context;
    int m_depth = 0;
};

} // namespace ow::rules::detail
