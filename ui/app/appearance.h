#pragma once

#include <QFont>

class QApplication;

namespace ow::ui {

// App-wide look: one font scale (100–200 %) and an optional high-contrast palette for every window.
class Appearance
{
public:
    // Remembers the platform's default font the first time; later calls scale from it.
    static void apply(QApplication& app, int fontScalePercent, bool highContrast);
    static int currentFontScale();
    static bool highContrast();
};

} // namespace ow::ui
