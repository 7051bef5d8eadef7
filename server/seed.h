#pragma once

#include "app/common/result.h"

namespace ow::server {

class Session;

// --seed-demo: the demo halls, staff accounts and registers of server/demo/demo.json (documented in
// docs/server.md). Idempotent and safe when several processes seed at once: existing rows are kept.
Result<int> seedDemo(Session& db);

} // namespace ow::server
