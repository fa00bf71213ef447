import {
  AVAILABILITY,
  AVAILABILITY_LABELS,
  SKILLS,
  SKILL_LABELS,
} from '../../../../shared/volunteers/schema';
import { Checklist } from '../../ui/Field';

const SKILL_CHOICES = SKILLS.map((value) => ({ value, label: SKILL_LABELS[value] }));
const TIME_CHOICES = AVAILABILITY.map((value) => ({ value, label: AVAILABILITY_LABELS[value] }));

/** The form's `skills`: a box per skill. */
export function SkillChecks({ legend }: { legend: string }) {
  return (
    <Checklist name="skills" legend={legend} options={SKILL_CHOICES} gridClassName="choice-grid" />
  );
}

/** The form's `availability`: weekdays, evenings, weekends. */
export function AvailabilityChecks({ legend }: { legend: string }) {
  return (
    <Checklist
      name="availability"
      legend={legend}
      options={TIME_CHOICES}
      gridClassName="choice-grid"
    />
  );
}
