import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { App } from "../../src/taskpane/App";

function render(action: Parameters<typeof App>[0]["action"]): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <App action={action} />
    </FluentProvider>,
  );
}

describe("App", () => {
  it("shows the product name and, with no action, how to start", () => {
    const html = render(null);
    expect(html).toContain("Rakit");
    expect(html).toContain("Pilih tombol di tab RAK untuk memulai.");
  });

  it("names the ribbon button that opened it", () => {
    expect(render("tahun-baru")).toContain("Tahun Baru: fitur ini sedang disiapkan.");
  });
});
