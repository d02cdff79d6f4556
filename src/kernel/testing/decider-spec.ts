import { Decider, fold } from '../decider';
import { DomainRuleViolation } from '../errors';
import { DomainEvent } from '../events';

/**
 * Given/when/then for deciders:
 *   spec.given([registered]).when(promote).then([promoted])
 *   spec.given([]).when(register).thenViolates('PERSONNEL.NIP_INVALID')
 */
export function deciderSpec<C, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return {
    given(history: readonly E[]) {
      return {
        when(command: C) {
          const run = () => decider.decide(command, fold(decider, history));
          return {
            then(expected: readonly E[]): void {
              expect(run()).toEqual(expected);
            },
            /** The events, for assertions beyond equality. */
            events(): readonly E[] {
              return run();
            },
            /** Throws a DomainRuleViolation naming every rule given (and no other). */
            thenViolates(...rules: string[]): DomainRuleViolation {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(DomainRuleViolation);
              const violation = thrown as DomainRuleViolation;
              expect(violation.violations.map((v) => v.rule).sort()).toEqual([...rules].sort());
              return violation;
            },
          };
        },
      };
    },
  };
}
