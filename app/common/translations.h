#pragma once

#include <QString>

class QCoreApplication;

namespace ow::i18n {

// Loads the embedded translation for "zh_CN" or "en" (and Qt's own for zh_CN), replacing the previous one.
// Returns false if the language has no embedded translation.
bool setLanguage(const QString& lang);
QString currentLanguage();

} // namespace ow::i18n
