#pragma once

#include "base/result.h"

// Error codes of ow_prefill (Error::code); messages are in the user's language, codes are stable.
namespace ow::prefill::errc {

inline constexpr ErrorCode kCardBirthDate {"card.birthDate"};
inline constexpr ErrorCode kCardIdNumber {"card.idNumber"};
inline constexpr ErrorCode kCardInconsistent {"card.inconsistent"};
inline constexpr ErrorCode kCardListen {"card.listen"};
inline constexpr ErrorCode kCardMissing {"card.missing"};
inline constexpr ErrorCode kCardPhoto {"card.photo"};
inline constexpr ErrorCode kCardSex {"card.sex"};
inline constexpr ErrorCode kCardUnreadable {"card.unreadable"};
inline constexpr ErrorCode kCardValidity {"card.validity"};
inline constexpr ErrorCode kPdfNoText {"pdf.noText"};
inline constexpr ErrorCode kPdfUnreadable {"pdf.unreadable"};

} // namespace ow::prefill::errc
