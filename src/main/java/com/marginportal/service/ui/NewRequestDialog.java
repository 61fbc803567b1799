package com.marginportal.service.ui;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.marginportal.service.domain.NewRequest;
import com.marginportal.service.domain.RequestType;
import com.marginportal.service.domain.ServiceChannel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** An advisor records what a client asked for or said: type, channel and content, all required. */
class NewRequestDialog extends Dialog {

    /** @param dueDays the trading days each type has (shown, so the advisor can tell the client when to expect an answer) */
    NewRequestDialog(long clientId, Map<RequestType, Integer> dueDays, LocalTime dayEnd, Consumer<NewRequest> onSave) {
        setHeaderTitle(getTranslation("request.dialog.title"));
        Select<RequestType> type = new Select<>();
        type.setId("request-type");
        type.setLabel(getTranslation("request.type"));
        type.setItems(RequestType.values());
        type.setItemLabelGenerator(t -> getTranslation("requestType." + t.name()));
        Select<ServiceChannel> channel = new Select<>();
        channel.setId("request-channel");
        channel.setLabel(getTranslation("request.channel"));
        channel.setItems(ServiceChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        channel.setValue(ServiceChannel.PHONE);
        TextArea content = new TextArea(getTranslation("request.content"));
        content.setId("request-content");
        content.setMaxLength(NewRequest.MAX_CONTENT);
        content.setMinHeight("8em");
        Button save = new Button(getTranslation("action.save"), e -> {
            boolean ok = true;
            if (type.isEmpty()) {
                type.setErrorMessage(getTranslation("request.type.required"));
                type.setInvalid(true);
                ok = false;
            }
            if (content.getValue().isBlank()) {
                content.setErrorMessage(getTranslation("request.content.required"));
                content.setInvalid(true);
                ok = false;
            }
            if (ok) {
                close();
                onSave.accept(new NewRequest(clientId, type.getValue(), channel.getValue(), content.getValue()));
            }
        });
        save.setId("request-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        String perType = Arrays.stream(RequestType.values())
                .sorted(Comparator.comparing(dueDays::get))
                .map(t -> getTranslation("request.due.item", getTranslation("requestType." + t.name()), dueDays.get(t)))
                .collect(Collectors.joining(getTranslation("request.due.separator")));
        Span dueHelp = new Span(getTranslation("request.due.help", perType, dayEnd.toString()));
        dueHelp.addClassName("muted");
        FormLayout form = new FormLayout(type, channel, content, dueHelp);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(content, 2);
        form.setColspan(dueHelp, 2);
        form.setMaxWidth("36rem");
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
