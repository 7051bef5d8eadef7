#pragma once

#include <QCoreApplication>

namespace ow::server {

// Translation context "ow::server" for the messages a clerk or an admin may read.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ow::server)
};

} // namespace ow::server
