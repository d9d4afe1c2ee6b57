function __podwright_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __podwright_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __podwright_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __podwright_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __podwright_parse_tokens -S
    set -l unparsed_tokens (__podwright_tokens -pc)
    switch $unparsed_tokens[1]
    case 'podwright'
        __podwright_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'edit'
            __podwright_parse_subcommand 1 'kubernetes=' 'lang=' 'no-color' 'theme=' 'version' 'h/help'
        case 'recommend'
            __podwright_parse_subcommand -r 1 'format=' 'output-dir=' 'kubernetes=' 'lang=' 'no-color' 'o/output=' 'force' 'version' 'h/help'
        case 'explain'
            __podwright_parse_subcommand 1 'diagram=' 'kubernetes=' 'lang=' 'no-color' 'o/output=' 'force' 'version' 'h/help'
        case 'diagram'
            __podwright_parse_subcommand 1 'format=' 'lifecycle' 'pod=' 'kubernetes=' 'lang=' 'no-color' 'o/output=' 'force' 'version' 'h/help'
        case 'audit'
            __podwright_parse_subcommand -r 1 'format=' 'fail-on=' 'kubernetes=' 'lang=' 'no-color' 'o/output=' 'force' 'version' 'h/help'
        case 'import'
            __podwright_parse_subcommand 1 'f/file=+' 'main=' 'kubernetes=' 'lang=' 'no-color' 'o/output=' 'force' 'version' 'h/help'
        case 'patterns'
            __podwright_parse_subcommand 1 'format=' 'kubernetes=' 'lang=' 'no-color' 'theme=' 'version' 'h/help'
        case 'quiz'
            __podwright_parse_subcommand 0 'seed=' 'count=' 'level=' 'name=' 'results=' 'list' 'kubernetes=' 'lang=' 'no-color' 'theme=' 'version' 'h/help'
        case 'serve'
            __podwright_parse_subcommand 0 'port=' 'host=' 'class-code=' 'seed=' 'count=' 'results=' 'offer=' 'sessions=' 'idle-timeout=' 'kubernetes=' 'lang=' 'no-color' 'version' 'h/help'
        case 'help'
            __podwright_parse_subcommand -r 1 'version'
        end
    end
end

function __podwright_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __podwright_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __podwright_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __podwright_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__podwright_tokens -p)
    if test -z "$(__podwright_tokens -t)"
        set -l index (count (__podwright_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'podwright' -f
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright" version' -l 'version' -d 'Show the version.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_positional "podwright" -eq 1' -fa 'edit' -d 'Open a design file in the interactive advisor, to review and change its answers.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_positional "podwright" -eq 1' -fa 'recommend' -d 'Decide the design and write its starter manifest (multi-document YAML, or a kustomize folder).'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_positional "podwright" -eq 1' -fa 'explain' -d 'Write the decision record: each placement, the rules and answers behind it, the checks, the pods.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_positional "podwright" -eq 1' -fa 'diagram' -d 'Draw the decided pods for slides and wikis: SVG (the default), Mermaid or text; or a pod\'s lifecycle.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_positional "podwright" -eq 1' -fa 'audit' -d 'Find multi-container design mistakes in existing manifests.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_positional "podwright" -eq 1' -fa 'import' -d 'Start a design from docker-compose files or a Kubernetes manifest.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_positional "podwright" -eq 1' -fa 'patterns' -d 'Teach the pod patterns: single container, init container, sidecar, native sidecar, adapter, ambassador.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_positional "podwright" -eq 1' -fa 'quiz' -d 'Practise placing companions: real scenarios, checked by the decision engine.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_positional "podwright" -eq 1' -fa 'serve' -d 'Run a workshop: learners connect with ssh to the quiz, the advisor or the pattern guide; this terminal shows the class.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_positional "podwright" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_positional "podwright edit" -eq 1' -fa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright edit" kubernetes' -l 'kubernetes' -d 'Target Kubernetes version, X.Y from 1.27 to 1.37; overrides the design file.' -rfka '1.27 1.28 1.29 1.30 1.31 1.32 1.33 1.34 1.35 1.36 1.37'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright edit" lang' -l 'lang' -d 'Language of messages and output: en or ko (default: from the locale).' -rfka 'en ko'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright edit" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR does the same).'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright edit" theme' -l 'theme' -d 'Colours: default, or high-contrast for presenters (bold bright text on black, selection marked by ▶); PODWRIGHT_THEME does the same.' -rfka 'default high-contrast'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright edit" version' -l 'version' -d 'Show the version.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright edit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_positional "podwright recommend" -ge 1' -fa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright recommend" format' -l 'format' -d 'yaml: one multi-document YAML stream (the default). kustomize: a folder, named by -o DIR, with a file per object and a kustomization.yaml listing them in the stream\'s order.' -rfka 'yaml kustomize'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright recommend" output-dir' -l 'output-dir' -d 'Write each design\'s manifest into DIR, named after its file: designs/shop.yaml gives DIR/shop.yaml (with --format kustomize, the folder DIR/shop/). DIR is made when missing.' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright recommend" kubernetes' -l 'kubernetes' -d 'Target Kubernetes version, X.Y from 1.27 to 1.37; overrides the design file.' -rfka '1.27 1.28 1.29 1.30 1.31 1.32 1.33 1.34 1.35 1.36 1.37'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright recommend" lang' -l 'lang' -d 'Language of messages and output: en or ko (default: from the locale).' -rfka 'en ko'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright recommend" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR does the same).'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright recommend" o output' -s 'o' -l 'output' -d 'Write to PATH instead of standard output.' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright recommend" force' -l 'force' -d 'Replace the file named by --output if it exists (a device or named pipe such as /dev/null is written into).'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright recommend" version' -l 'version' -d 'Show the version.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright recommend" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_positional "podwright explain" -eq 1' -fa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright explain" diagram' -l 'diagram' -d 'How the record draws the pods: mermaid (wikis and pull requests draw it) or text (box drawing, for terminals).' -rfka 'mermaid text'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright explain" kubernetes' -l 'kubernetes' -d 'Target Kubernetes version, X.Y from 1.27 to 1.37; overrides the design file.' -rfka '1.27 1.28 1.29 1.30 1.31 1.32 1.33 1.34 1.35 1.36 1.37'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright explain" lang' -l 'lang' -d 'Language of messages and output: en or ko (default: from the locale).' -rfka 'en ko'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright explain" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR does the same).'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright explain" o output' -s 'o' -l 'output' -d 'Write to PATH instead of standard output.' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright explain" force' -l 'force' -d 'Replace the file named by --output if it exists (a device or named pipe such as /dev/null is written into).'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright explain" version' -l 'version' -d 'Show the version.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright explain" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_positional "podwright diagram" -eq 1' -fa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright diagram" format' -l 'format' -d 'svg (for slides), mermaid (for wikis: what explain writes) or text (box drawing, for terminals).' -rfka 'svg mermaid text'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright diagram" lifecycle' -l 'lifecycle' -d 'Draw the lifecycle of one pod (SVG) instead of the pods.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright diagram" pod' -l 'pod' -d 'With --lifecycle: the pod built around this container (default: the main container\'s pod).' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright diagram" kubernetes' -l 'kubernetes' -d 'Target Kubernetes version, X.Y from 1.27 to 1.37; overrides the design file.' -rfka '1.27 1.28 1.29 1.30 1.31 1.32 1.33 1.34 1.35 1.36 1.37'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright diagram" lang' -l 'lang' -d 'Language of messages and output: en or ko (default: from the locale).' -rfka 'en ko'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright diagram" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR does the same).'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright diagram" o output' -s 'o' -l 'output' -d 'Write to PATH instead of standard output.' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright diagram" force' -l 'force' -d 'Replace the file named by --output if it exists (a device or named pipe such as /dev/null is written into).'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright diagram" version' -l 'version' -d 'Show the version.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright diagram" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_positional "podwright audit" -ge 1' -F
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright audit" format' -l 'format' -d 'Output format: text, json (docs/audit-json.md) or sarif (SARIF 2.1.0).' -rfka 'text json sarif'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright audit" fail-on' -l 'fail-on' -d 'The least serious level that makes the exit status 1: error, warning or note.' -rfka 'error warning note'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright audit" kubernetes' -l 'kubernetes' -d 'Target Kubernetes version, X.Y from 1.27 to 1.37; overrides the design file.' -rfka '1.27 1.28 1.29 1.30 1.31 1.32 1.33 1.34 1.35 1.36 1.37'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright audit" lang' -l 'lang' -d 'Language of messages and output: en or ko (default: from the locale).' -rfka 'en ko'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright audit" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR does the same).'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright audit" o output' -s 'o' -l 'output' -d 'Write to PATH instead of standard output.' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright audit" force' -l 'force' -d 'Replace the file named by --output if it exists (a device or named pipe such as /dev/null is written into).'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright audit" version' -l 'version' -d 'Show the version.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright audit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_positional "podwright import" -eq 1' -fa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright import"' -s 'f' -l 'file' -d 'A Compose file; repeat to merge several in order, later ones overriding earlier ones (- reads standard input).' -rfa '(set -l exts \'yaml\' \'yml\';for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.{$exts};printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright import" main' -l 'main' -d 'The main container: a Compose service, or a manifest\'s workload or container (default: inferred).' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright import" kubernetes' -l 'kubernetes' -d 'Target Kubernetes version, X.Y from 1.27 to 1.37; overrides the design file.' -rfka '1.27 1.28 1.29 1.30 1.31 1.32 1.33 1.34 1.35 1.36 1.37'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright import" lang' -l 'lang' -d 'Language of messages and output: en or ko (default: from the locale).' -rfka 'en ko'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright import" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR does the same).'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright import" o output' -s 'o' -l 'output' -d 'Write to PATH instead of standard output.' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright import" force' -l 'force' -d 'Replace the file named by --output if it exists (a device or named pipe such as /dev/null is written into).'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright import" version' -l 'version' -d 'Show the version.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright patterns" format' -l 'format' -d 'text (the page, for reading), markdown (the page, for docs) or svg (the page\'s picture of the pod, for slides; needs a NAME).' -rfka 'text markdown svg'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright patterns" kubernetes' -l 'kubernetes' -d 'Target Kubernetes version, X.Y from 1.27 to 1.37; overrides the design file.' -rfka '1.27 1.28 1.29 1.30 1.31 1.32 1.33 1.34 1.35 1.36 1.37'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright patterns" lang' -l 'lang' -d 'Language of messages and output: en or ko (default: from the locale).' -rfka 'en ko'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright patterns" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR does the same).'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright patterns" theme' -l 'theme' -d 'Colours: default, or high-contrast for presenters (bold bright text on black, selection marked by ▶); PODWRIGHT_THEME does the same.' -rfka 'default high-contrast'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright patterns" version' -l 'version' -d 'Show the version.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright patterns" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright quiz" seed' -l 'seed' -d 'A fixed order of the questions: a whole number (default: a random order).' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright quiz" count' -l 'count' -d 'How many questions to ask (default: all).' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright quiz" level' -l 'level' -d 'How to answer: \'questions\' (the co-location questions; default) or \'placement\' (the placement itself, harder); without it the quiz asks.' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright quiz" name' -l 'name' -d 'The learner\'s name, written in the result line.' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright quiz" results' -l 'results' -d 'Write the result as one JSON line once the score is shown: appended to FILE (created if missing), or to stdout with \'-\'.' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright quiz" list' -l 'list' -d 'Print the scenarios (id and title) instead of running the quiz: in the seed\'s order with --seed, else by id.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright quiz" kubernetes' -l 'kubernetes' -d 'Target Kubernetes version, X.Y from 1.27 to 1.37; overrides the design file.' -rfka '1.27 1.28 1.29 1.30 1.31 1.32 1.33 1.34 1.35 1.36 1.37'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright quiz" lang' -l 'lang' -d 'Language of messages and output: en or ko (default: from the locale).' -rfka 'en ko'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright quiz" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR does the same).'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright quiz" theme' -l 'theme' -d 'Colours: default, or high-contrast for presenters (bold bright text on black, selection marked by ▶); PODWRIGHT_THEME does the same.' -rfka 'default high-contrast'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright quiz" version' -l 'version' -d 'Show the version.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright quiz" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright serve" port' -l 'port' -d 'The TCP port to listen on (default: 2222).' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright serve" host' -l 'host' -d 'The address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for every network).' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright serve" class-code' -l 'class-code' -d 'The password every learner types (default: a new random code, shown on this screen).' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright serve" seed' -l 'seed' -d 'The order of the questions, the same for the whole class (default: a random one, shown).' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright serve" count' -l 'count' -d 'How many questions each learner answers (default: all).' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright serve" results' -l 'results' -d 'Where to append each learner\'s result line (default: podwright-class-DATE.jsonl in this folder).' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright serve" offer' -l 'offer' -d 'What learners may open, in the menu\'s order: quiz, advisor, patterns, separated by commas (default: all three).' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright serve" sessions' -l 'sessions' -d 'The most learners connected at once (default: 60).' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright serve" idle-timeout' -l 'idle-timeout' -d 'Minutes without a key before a learner\'s connection is closed (default: 30).' -rfka ''
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright serve" kubernetes' -l 'kubernetes' -d 'Target Kubernetes version, X.Y from 1.27 to 1.37; overrides the design file.' -rfka '1.27 1.28 1.29 1.30 1.31 1.32 1.33 1.34 1.35 1.36 1.37'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright serve" lang' -l 'lang' -d 'Language of messages and output: en or ko (default: from the locale).' -rfka 'en ko'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright serve" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR does the same).'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright serve" version' -l 'version' -d 'Show the version.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright serve" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'podwright' -n '__podwright_should_offer_completions_for_flags_or_options "podwright help" version' -l 'version' -d 'Show the version.'
