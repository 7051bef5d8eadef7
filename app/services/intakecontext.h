#pragma once

#include <memory>

namespace ow::intake {
class IntakeSession;
}
namespace ow::prefill {
class PrefillEngine;
}

namespace ow::services {

// One intake at the counter: the case being taken and the prefill engine that fills it. Made by
// Services::newIntake(); the engine goes before the session it refers to.
class IntakeContext
{
public:
    IntakeContext(
        std::unique_ptr<intake::IntakeSession> session, std::unique_ptr<prefill::PrefillEngine> prefill);
    ~IntakeContext();
    IntakeContext(const IntakeContext&) = delete;
    IntakeContext& operator=(const IntakeContext&) = delete;

    intake::IntakeSession& session() const { return *m_session; }
    prefill::PrefillEngine& prefill() const { return *m_prefill; }

private:
    std::unique_ptr<intake::IntakeSession> m_session;
    std::unique_ptr<prefill::PrefillEngine> m_prefill;
};

} // namespace ow::services
