#include "app/services/intakecontext.h"

#include "app/intake/intakesession.h"
#include "app/prefill/prefillengine.h"

namespace ow::services {

IntakeContext::IntakeContext(
    std::unique_ptr<intake::IntakeSession> session, std::unique_ptr<prefill::PrefillEngine> prefill)
    : m_session(std::move(session))
    , m_prefill(std::move(prefill))
{ }

IntakeContext::~IntakeContext()
{
    m_prefill.reset();
    m_session.reset();
}

} // namespace ow::services
