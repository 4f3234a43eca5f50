package org.explainer.render;

import freemarker.ext.beans.StringModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Freemarker's default object wrapper, with a quicker way to read the view records' components.
 *
 * <p>Why: templates read record components hundreds of times per page ({@code ${q.actor.name}}),
 * and the default wrapper answers each read through a fresh bean model: a class-introspection
 * lookup, a per-object member cache and a reflective call. Here each record class's accessors
 * are found once, and a read calls the accessor straight away. Everything else a template may
 * ask of a record (methods, {@code ?keys}, printing it) is left to the default bean model this
 * extends, so templates see exactly what they saw before.
 */
final class ViewWrapper extends DefaultObjectWrapper {

    /** Each public record class's component accessors by name; empty for classes read the default way. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            if (!type.isRecord() || !isPublic(type)) return Map.of();
            Map<String, Method> byName = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) byName.put(c.getName(), c.getAccessor());
            return Map.copyOf(byName);
        }
    };

    ViewWrapper(DefaultObjectWrapperConfiguration configuration) {
        super(configuration, true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        Map<String, Method> accessors = ACCESSORS.get(object.getClass());
        return accessors.isEmpty() ? super.handleUnknownType(object) : new RecordModel(object, this, accessors);
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) return false;
        }
        return true;
    }

    /** A record as the default wrapper shows it, with its components read directly. */
    private static final class RecordModel extends StringModel {

        private final Map<String, Method> accessors;

        RecordModel(Object record, ViewWrapper wrapper, Map<String, Method> accessors) {
            super(record, wrapper);
            this.accessors = accessors;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = accessors.get(key);
            if (accessor == null) return super.get(key);
            try {
                return wrapper.getOuterIdentity().wrap(accessor.invoke(object));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read '" + key + "' of " + object.getClass().getSimpleName(), e);
            }
        }
    }
}
