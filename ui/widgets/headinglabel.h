#pragma once

#include <QLabel>

namespace ow::ui {

// A label whose font stays a fixed factor larger than the application font, so headings follow font scaling.
class HeadingLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit HeadingLabel(const QString& text = {}, double factor = 1.4, QWidget* parent = nullptr);
    void setFactor(double factor);

protected:
    bool event(QEvent* e) override;

private:
    void refreshFont();
    double m_factor;
};

} // namespace ow::ui
