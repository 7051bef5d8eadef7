#pragma once

#include <QCoreApplication>

namespace ow::net {

// Translation context "ow::net" for the messages a clerk reads about the central server.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ow::net)
};

} // namespace ow::net
