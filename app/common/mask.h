#pragma once

#include <QString>

// The one place that masks personal data before it leaves the core (logs, lists, receipts).
namespace ow::mask {

// 110105194912310021 -> 110105********0021 (keeps the region and the last four characters).
QString idNumber(const QString& id);
// 13812345678 -> 138****5678
QString phone(const QString& phone);
// 张三丰 -> 张** ; "Li Lei" -> "Li ***"
QString name(const QString& name);
// Replaces every ID-number-like and mobile-number-like run inside free text.
QString text(const QString& text);

} // namespace ow::mask
