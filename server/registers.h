#pragma once

#include "app/common/result.h"
#include "protocol/registers.h"

#include <QJsonArray>
#include <optional>

namespace ow::server {

class Session;
struct Staff;

// Shared data and verification answered from the register tables. Every read writes an audit row in the
// same transaction: who asked, whose data (masked), for which case, when, and what came out.
namespace registers {

Result<std::optional<protocol::PersonRecord>> person(
    Session& db, const QString& idNumber, const QString& caseUuid, const Staff& staff);
Result<std::optional<protocol::EnterpriseRecord>> enterprise(
    Session& db, const QString& creditCode, const QString& caseUuid, const Staff& staff);
Result<protocol::VerificationAnswer> verify(
    Session& db, const protocol::VerificationRequest& request, const Staff& staff);

// Audit rows, newest first; hallCode limits them to what staff of one hall asked (empty: all).
Result<QJsonArray> audit(Session& db, const QString& caseUuid, const QString& hallCode, int limit);

} // namespace registers
} // namespace ow::server
