package org.nearpeer.events;

/**
 * One Kafka topic per bounded context. The record key is the program cycle id (or the school id
 * for events outside any cycle), so one partition holds a cycle's history in order.
 */
public enum Topic {
    ENROLLMENT("nearpeer.enrollment.v1"),
    MATCHING("nearpeer.matching.v1"),
    SESSION("nearpeer.session.v1"),
    SURVEY("nearpeer.survey.v1");

    private final String topicName;

    Topic(String topicName) {
        this.topicName = topicName;
    }

    public String topicName() {
        return topicName;
    }
}
