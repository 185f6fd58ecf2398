/** The pane's link to the help page (help.html, served beside taskpane.html), in the pane's language. */
import { Link } from "@fluentui/react-components";
import { usePane } from "../pane-context";

export function HelpLink() {
  const { locale, text } = usePane();
  return (
    <Link href={`help.html?lang=${locale}`} target="_blank" rel="noopener" data-testid="help-link">
      {text.app.help}
    </Link>
  );
}
