// The table of all operators, built once from the operator families.
#include "app/rules/machine.h"

#include <QHash>

#include <algorithm>

namespace ow::rules::detail {
namespace {

const QHash<QString, OperatorSpec>& table()
{
    static const QHash<QString, OperatorSpec> specs = [] {
        QHash<QString, OperatorSpec> all;
        for (const auto& family : {logicOperators(), numericOperators(), arrayOperators(), dataOperators(),
                 stringOperators(), dateOperators(), idOperators()}) {
            for (const OperatorSpec& spec : family) {
                Q_ASSERT(!all.contains(spec.name));
                all.insert(spec.name, spec);
            }
        }
        return all;
    }();
    return specs;
}

} // namespace

const OperatorSpec* findOperator(const QString& name)
{
    const auto& specs = table();
    const auto it = specs.constFind(name);
    return it == specs.cend() ? nullptr : &it.value();
}

QStringList operatorNames()
{
    QStringList names = table().keys();
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace ow::rules::detail
