#include "ui/widgets/headinglabel.h"

#include <QApplication>
#include <QEvent>

namespace ow::ui {

HeadingLabel::HeadingLabel(const QString& text, double factor, QWidget* parent)
    : QLabel(text, parent)
    , m_factor(factor)
{
    setWordWrap(true);
    refreshFont();
}

void HeadingLabel::setFactor(double factor)
{
    m_factor = factor;
    refreshFont();
}

bool HeadingLabel::event(QEvent* e)
{
    if (e->type() == QEvent::ApplicationFontChange)
        refreshFont();
    return QLabel::event(e);
}

void HeadingLabel::refreshFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * m_factor);
    f.setBold(true);
    setFont(f);
}

} // namespace ow::ui
