package org.openprov.registry.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.registry.clock.AdjustableClock;

/** {@code clock:show}. */
@Command(scope = "clock", name = "show", description = "Shows the platform's time and how far"
        + " it is moved from the system clock")
@Service
public class ClockShowCommand implements Action {

    @Reference
    AdjustableClock clock;

    @Override
    public Object execute() {
        System.out.println("Platform time " + clock.instant() + (clock.offset().isZero()
                ? ", following the system clock" : ", moved " + clock.offset()
                        + " from the system clock (clock:shift --reset puts it back)"));
        return null;
    }
}
