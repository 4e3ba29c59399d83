package io.pulsecrm.oltp.identity.web;

import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Checks {@link RequiresPermission} before the handler runs; a refusal is a 403 problem. */
@Configuration
class PermissionInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final CurrentViewer viewer;

    PermissionInterceptor(CurrentViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            RequiresPermission required = method.getMethodAnnotation(RequiresPermission.class);
            if (required != null) {
                viewer.get().require(required.value());
            }
        }
        return true;
    }
}
