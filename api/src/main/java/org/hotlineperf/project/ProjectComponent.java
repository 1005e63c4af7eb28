package org.hotlineperf.project;

/**
 * A component of a project (项目组成), e.g. hotline operation versus service-centre running costs.
 */
public record ProjectComponent(long id, long projectId, String key, String name, boolean isHotline,
                               String description) {
}
