#include "app/common/clock.h"

namespace ow {

const Clock& Clock::system()
{
    static const Clock clock;
    return clock;
}

} // namespace ow
