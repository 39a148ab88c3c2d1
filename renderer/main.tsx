import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import 'dayjs/locale/sr';
import 'dayjs/locale/en-gb';
import './print/print.css';
import { MantineProvider, createTheme } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { DatesProvider } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api.ts';
import { App } from './App.tsx';
import { initI18n } from './i18n/index.ts';

const theme = createTheme({
  primaryColor: 'teal',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
  defaultRadius: 'sm',
});

/** Calendar month and day names follow the UI language; weeks start on Monday in both. */
function Dates({ children }: { children: React.ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language === 'sr-Latn' ? 'sr' : 'en-gb', firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  );
}

void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme} defaultColorScheme="light">
          <Dates>
            <App />
          </Dates>
        </MantineProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
});
