package org.parity.common;

import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * TEST ONLY fault injection ({@code parity.events.hold-delivery=true}, registered by
 * {@link EventDeliveryConfig} only then): Parity's after-commit event listeners (every
 * {@code TransactionalEventListener}, which includes Spring Modulith's {@code ApplicationModuleListener})
 * return without handling the event. It runs before Spring Modulith's completion-registering interceptor
 * and before the listener's transaction, so the publication stays incomplete in the registry exactly as if
 * the node had died between the commit and the delivery; another node's resubmission then delivers it.
 */
class EventDeliveryHold extends AbstractPointcutAdvisor {

    private static final Logger log = LoggerFactory.getLogger(EventDeliveryHold.class);

    private final transient Pointcut pointcut = new StaticMethodMatcherPointcut() {
        {
            setClassFilter(ClassFilter.TRUE);
        }

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return targetClass.getName().startsWith("org.parity.")
                    && AnnotatedElementUtils.hasAnnotation(method, TransactionalEventListener.class);
        }
    };

    private final transient MethodInterceptor advice = this::hold;

    EventDeliveryHold() {
        // before Spring Modulith's CompletionRegisteringAdvisor (highest precedence + 10) and any transaction
        setOrder(Ordered.HIGHEST_PRECEDENCE);
    }

    private Object hold(MethodInvocation invocation) {
        log.warn(
                "parity.events.hold-delivery is on: {}.{} did not handle {}",
                invocation.getMethod().getDeclaringClass().getSimpleName(),
                invocation.getMethod().getName(),
                invocation.getArguments().length == 0
                        ? "its event"
                        : invocation.getArguments()[0].getClass().getSimpleName());
        return null;
    }

    @Override
    public Pointcut getPointcut() {
        return pointcut;
    }

    @Override
    public org.aopalliance.aop.Advice getAdvice() {
        return advice;
    }
}
