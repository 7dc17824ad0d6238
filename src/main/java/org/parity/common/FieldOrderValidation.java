package org.parity.common;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.AbstractBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Forms' constraint violations in the order of the form's fields. Bean Validation reports violations in
 * no fixed order; an error summary must list them as the page shows the fields (GOV.UK, WCAG 3.3.1),
 * top to bottom. Forms declare their fields in page order (superclass fields first), so the pages'
 * validator sorts each form's errors by that declaration order; errors on the whole form come first.
 */
@Configuration
class FieldOrderValidation implements WebMvcConfigurer {

    private final LocalValidatorFactoryBean beanValidation;

    FieldOrderValidation(LocalValidatorFactoryBean beanValidation) {
        this.beanValidation = beanValidation;
    }

    @Override
    public org.springframework.validation.Validator getValidator() {
        return new InFieldOrder(beanValidation);
    }

    /** Validates into a scratch result, then hands the errors on global first, fields in declared order. */
    static final class InFieldOrder implements SmartValidator {

        private final SmartValidator delegate;

        InFieldOrder(SmartValidator delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean supports(Class<?> type) {
            return delegate.supports(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            validate(target, errors, new Object[0]);
        }

        @Override
        public void validate(Object target, Errors errors, Object... hints) {
            if (!(errors instanceof BindingResult result)) {
                delegate.validate(target, errors, hints);
                return;
            }
            BeanPropertyBindingResult scratch = new BeanPropertyBindingResult(target, errors.getObjectName());
            if (result instanceof AbstractBindingResult bound) {
                scratch.setMessageCodesResolver(bound.getMessageCodesResolver()); // a form's own message codes
            }
            delegate.validate(target, scratch, hints);
            List<String> order = fieldOrder(target.getClass());
            scratch.getGlobalErrors().forEach(result::addError);
            List<FieldError> fields = new ArrayList<>(scratch.getFieldErrors());
            fields.sort(Comparator.comparingInt(e -> position(order, e.getField())));
            fields.forEach(result::addError);
        }

        private static int position(List<String> order, String field) {
            int dot = field.indexOf('.');
            int bracket = field.indexOf('[');
            int end = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
            int at = order.indexOf(end < 0 ? field : field.substring(0, end));
            return at < 0 ? Integer.MAX_VALUE : at;
        }

        /** The type's field names, superclass fields first, each class's in declaration order. */
        static List<String> fieldOrder(Class<?> type) {
            List<Class<?>> chain = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                chain.add(0, c);
            }
            List<String> names = new ArrayList<>();
            for (Class<?> c : chain) {
                for (Field f : c.getDeclaredFields()) {
                    if (!f.isSynthetic() && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                        names.add(f.getName());
                    }
                }
            }
            return names;
        }
    }
}
