#pragma once

#include <QCoreApplication>

namespace ow::protocol {

// Translation context "ow::protocol" for the messages a clerk or an admin may read.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ow::protocol)
};

} // namespace ow::protocol
