/** The panel shown for each tab / ribbon button. */
import type { ComponentType } from "react";
import type { PanelId } from "../../commands/panel-request";
import { StaffingPanel } from "./StaffingPanel";

export const PANELS: Readonly<Record<PanelId, ComponentType>> = {
  staffing: StaffingPanel,
  roster: StaffingPanel,
  qa: StaffingPanel,
  coaching: StaffingPanel,
  payouts: StaffingPanel,
};
