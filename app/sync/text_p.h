#pragma once

#include <QCoreApplication>

namespace ow::sync {

// Translation context "ow::sync" for the messages a clerk or an admin may read.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ow::sync)
};

} // namespace ow::sync
