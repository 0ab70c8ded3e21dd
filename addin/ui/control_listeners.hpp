#pragma once
// Toolkit listeners that run a C++ function: a button pressed, another entry
// of a list picked. Nothing escapes them into the toolkit's event loop: an
// exception there would end in LibreOffice's crash handler.
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XTextListener.hpp>
#include <cppuhelper/implbase1.hxx>

#include <functional>

namespace relance::ui {

class ButtonAction final : public cppu::WeakImplHelper1<css::awt::XActionListener> {
public:
    explicit ButtonAction(std::function<void()> action) : m_action(std::move(action)) {}
    void SAL_CALL actionPerformed(const css::awt::ActionEvent&) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    std::function<void()> m_action;
};

class SelectionChange final : public cppu::WeakImplHelper1<css::awt::XItemListener> {
public:
    explicit SelectionChange(std::function<void()> change) : m_change(std::move(change)) {}
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent&) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    std::function<void()> m_change;
};

class TextChange final : public cppu::WeakImplHelper1<css::awt::XTextListener> {
public:
    explicit TextChange(std::function<void()> change) : m_change(std::move(change)) {}
    void SAL_CALL textChanged(const css::awt::TextEvent&) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    std::function<void()> m_change;
};

} // namespace relance::ui
