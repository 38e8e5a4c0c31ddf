/** `oci-multiarch --help` and `oci-multiarch COMMAND --help`, written from the one table of inputs. */
import {
  booleanInputs,
  commandNames,
  commandSpecs,
  sharedInputs,
  type CommandName,
} from '../commands/inputs/inputs.js';

const flagList = (inputs: Readonly<Record<string, string>>): string[] => {
  const width = Math.max(...Object.keys(inputs).map((n) => n.length)) + 2;
  return Object.entries(inputs).map(([name, help]) => {
    const flag = `--${name}${booleanInputs.has(name) ? '' : ' V'}`;
    return `  ${flag.padEnd(width + 4)} ${help}`;
  });
};

const footer = `References: HOST[:PORT]/PATH[:TAG][@DIGEST] for registries, oci-layout:PATH[:TAG][@DIGEST] for an OCI
image-layout directory (no server needed). Platforms: os/arch[/variant][:os.version].
A flag given twice adds a line to a list input. --config FILE.yml holds input names as keys; flags override it.
Outputs are printed on stdout as one JSON object; logs go to stderr. Exit status 0 on success, 1 on failure,
2 for a command line it cannot accept.
`;

export const helpText = `oci-multiarch — publish multi-platform OCI artifacts

Usage: oci-multiarch COMMAND [--input-name value ...] [--config FILE.yml]
       oci-multiarch COMMAND --help | --version

Commands:
${commandNames.map((c) => `  ${c.padEnd(8)}${commandSpecs[c].summary}`).join('\n')}

Shared inputs:
${flagList(sharedInputs).join('\n')}

${footer}`;

export function commandHelp(command: CommandName): string {
  return `oci-multiarch ${command} — ${commandSpecs[command].summary}

Usage: oci-multiarch ${command} [--input-name value ...] [--config FILE.yml]

Inputs:
${flagList(commandSpecs[command].inputs).join('\n')}

Shared inputs:
${flagList(sharedInputs).join('\n')}

${footer}`;
}
