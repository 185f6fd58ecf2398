/** The panel shown for each tab / ribbon button. */
import type { ComponentType } from "react";
import type { PanelId } from "../../commands/panel-request";
import { CoachingPanel } from "./CoachingPanel";
import { PayoutsPanel } from "./PayoutsPanel";
import { QaPanel } from "./QaPanel";
import { RosterPanel } from "./RosterPanel";
import { StaffingPanel } from "./StaffingPanel";
import { TrainingPanel } from "./TrainingPanel";

export const PANELS: Readonly<Record<PanelId, ComponentType>> = {
  staffing: StaffingPanel,
  roster: RosterPanel,
  qa: QaPanel,
  coaching: CoachingPanel,
  payouts: PayoutsPanel,
  training: TrainingPanel,
};
