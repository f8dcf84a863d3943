package org.nearpeer.backbone;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A business row written together with an event, as a service would. */
@Entity
@Table(name = "test_note")
public class TestNote {

    @Id
    public UUID id;

    public String text;
}
