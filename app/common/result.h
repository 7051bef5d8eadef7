#pragma once

// Result and Error live in base/ (shared with protocol/ and the server); the workbench's modules include them
// from here.
#include "base/result.h"
