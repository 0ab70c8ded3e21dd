#pragma once
// A command's silent result as a sequence of PropertyValues: the types every
// UNO client knows (Basic, Python, other processes), whose type libraries do
// not have the extension's own structs.
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include <vector>

namespace relance::ui {

class PropertyValues {
public:
    template <typename T>
    PropertyValues& add(const char* name, const T& value)
    {
        css::beans::PropertyValue property;
        property.Name = rtl::OUString::createFromAscii(name);
        property.Value <<= value;
        values_.push_back(std::move(property));
        return *this;
    }

    css::uno::Any any() const
    {
        return css::uno::Any(
            css::uno::Sequence<css::beans::PropertyValue>(values_.data(), static_cast<sal_Int32>(values_.size())));
    }

private:
    std::vector<css::beans::PropertyValue> values_;
};

/// A UNO sequence of a vector's items.
template <typename T>
css::uno::Sequence<T> sequenceOf(const std::vector<T>& items)
{
    return css::uno::Sequence<T>(items.data(), static_cast<sal_Int32>(items.size()));
}

} // namespace relance::ui
