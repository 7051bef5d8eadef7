#include "ui/app/appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace ow::ui {
namespace {
QFont g_baseFont;
bool g_haveBase = false;
int g_scale = 100;
bool g_contrast = false;

QPalette highContrastPalette()
{
    QPalette p;
    const QColor bg(Qt::black), fg(Qt::white), accent(255, 215, 0);
    p.setColor(QPalette::Window, bg);
    p.setColor(QPalette::WindowText, fg);
    p.setColor(QPalette::Base, bg);
    p.setColor(QPalette::AlternateBase, QColor(30, 30, 30));
    p.setColor(QPalette::Text, fg);
    p.setColor(QPalette::Button, QColor(20, 20, 20));
    p.setColor(QPalette::ButtonText, fg);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, bg);
    p.setColor(QPalette::ToolTipBase, bg);
    p.setColor(QPalette::ToolTipText, fg);
    p.setColor(QPalette::PlaceholderText, QColor(200, 200, 200));
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::BrightText, accent);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(160, 160, 160));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(160, 160, 160));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(160, 160, 160));
    return p;
}
} // namespace

void Appearance::apply(QApplication& app, int fontScalePercent, bool highContrast)
{
    if (!g_haveBase) {
        g_baseFont = QApplication::font();
        if (g_baseFont.pointSizeF() <= 0)
            g_baseFont.setPointSizeF(10.0);
        // A counter screen is read from a little further away than an office desktop.
        g_baseFont.setPointSizeF(std::max(10.5, g_baseFont.pointSizeF()));
        g_haveBase = true;
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    g_scale = fontScalePercent;
    g_contrast = highContrast;
    QFont f = g_baseFont;
    f.setPointSizeF(g_baseFont.pointSizeF() * fontScalePercent / 100.0);
    QApplication::setFont(f);
    QApplication::setPalette(highContrast ? highContrastPalette() : app.style()->standardPalette());
    // Widgets with their own font (headings) listen for FontChange via the application font.
    const auto widgets = QApplication::allWidgets();
    for (QWidget* w : widgets)
        w->updateGeometry();
}

int Appearance::currentFontScale()
{
    return g_scale;
}
bool Appearance::highContrast()
{
    return g_contrast;
}

} // namespace ow::ui
